function n = whoami()
  n = mfilename;
end
