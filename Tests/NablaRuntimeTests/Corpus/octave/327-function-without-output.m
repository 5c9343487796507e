1;
function greet(name)
  printf('hi %s\n', name);
end
greet('Ada')
greet('Alan');
