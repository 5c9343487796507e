function plot_cost(J)
  figure;
  plot(1:numel(J), J, 'b-', 'LineWidth', 2);
  xlabel('iteration');
  ylabel('cost');
  title('cost per iteration');
  grid on;
end
