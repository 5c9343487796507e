function moves = hanoi(n, from, to, via)
  % the number of moves for n discs, printing the first few
  if n == 0
    moves = 0;
    return;
  end
  moves = hanoi(n - 1, from, via, to);
  if n <= 1
    printf('move disc %d from %s to %s\n', n, from, to);
  end
  moves += 1 + hanoi(n - 1, via, to, from);
end
