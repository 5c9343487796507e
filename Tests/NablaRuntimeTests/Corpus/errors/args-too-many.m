s = size()
