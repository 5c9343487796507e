function cfg = default_config()
  cfg.learning_rate = 0.05;
  cfg.epochs = 20;
  cfg.layers = [2 8 1];
  cfg.activation = 'tanh';
  cfg.optimizer.name = 'momentum';
  cfg.optimizer.beta = 0.9;
end
