n = 5;
msg = ['n = ' num2str(n)]
disp(['pi is about ' num2str(pi)])
