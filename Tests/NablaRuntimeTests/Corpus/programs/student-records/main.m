% a struct array of records grown by a function file
db = struct('name', {}, 'marks', {});
db = add_student(db, 'Ada', [81 92 77]);
db = add_student(db, 'Bo', [65 70 88]);
db = add_student(db, 'Cy', [90 95 99]);
size(db)
db(2)
class_report(db)
names = {db.name}
db(1).marks(2) += 3;
db(1).marks
