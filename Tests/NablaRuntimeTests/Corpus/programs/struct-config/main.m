% a configuration struct with nested fields, changed by a function
cfg = default_config()
cfg.optimizer.beta = 0.95;
cfg.optimizer
fieldnames(cfg)'
c2 = rmfield(cfg, 'optimizer');
isfield(c2, {'epochs', 'optimizer'})
numfields(c2)
