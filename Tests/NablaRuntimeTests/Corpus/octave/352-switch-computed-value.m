grade = 85;
switch floor(grade / 10)
  case 10
    letter = 'A+';
  case 9
    letter = 'A';
  case 8
    letter = 'B';
  otherwise
    letter = 'C';
end
letter
