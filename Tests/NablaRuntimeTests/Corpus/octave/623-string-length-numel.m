length('hello')
numel('ab c')
isempty('')
