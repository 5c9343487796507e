function [W1, b1] = make_weights(n_in, n_out)
  % deterministic weights for a layer
  W1 = reshape(1:(n_in * n_out), n_out, n_in) / 10;
  b1 = zeros(n_out, 1) - 0.5;
end
