% expect: limit of 1 GiB (this needs 11.9 GiB)
c = num2cell(zeros(1e4))
