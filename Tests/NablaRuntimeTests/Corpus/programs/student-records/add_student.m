function db = add_student(db, name, marks)
  k = numel(db) + 1;
  db(k).name = name;
  db(k).marks = marks;
end
