% expect: log gave NaN or Inf
warning('on', 'Nabla:non-finite');
y = log([0 1]);
