% sets defaults, then runs another script
rate = 0.5;
more_defaults
