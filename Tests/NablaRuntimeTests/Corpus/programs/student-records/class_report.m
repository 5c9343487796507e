function class_report(db)
  for k = 1:numel(db)
    printf('%-6s mean %.2f best %d\n', db(k).name, mean(db(k).marks), max(db(k).marks));
  end
  all_marks = [db.marks];
  printf('overall mean %.3f over %d marks\n', mean(all_marks), numel(all_marks));
end
