function ok = check_close(a, b)
  % true when two matrices agree to 1e-10 (printed instead of values whose signs may vary)
  ok = norm(a - b, 'fro') < 1e-10;
end
