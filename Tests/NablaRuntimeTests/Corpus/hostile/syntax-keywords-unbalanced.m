% expect: 
end end end
