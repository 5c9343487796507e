function a = layer_forward(W, b, x)
  a = relu_act(W * x + b);
end
