a = 1;
b = undefined_thing;
