% Octave figure calls never stop a course script
set(0, 'defaultfigurevisible', 'off');
x = [1 2 3 4 5];
y = [1.2 1.9 3.2 3.9 5.1];
figure;
plot(x, y, 'rx', 'MarkerSize', 10);
hold on;
xlabel('x');
ylabel('y');
legend('data');
axis([0 6 0 6]);
hold off;
subplot(1, 2, 1);
close all;
J = 1 ./ (1:10);
plot_cost(J);
pause(0);
close all;
disp('the script went on to the end');
