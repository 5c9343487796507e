% expect: 
% just a comment with no newline
