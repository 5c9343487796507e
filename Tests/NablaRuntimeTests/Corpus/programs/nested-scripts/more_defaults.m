decay = 0.9;
steps = 4;
