printf('a\tb\n')
printf('back\\slash\n')
fprintf('quote '' inside\n')
