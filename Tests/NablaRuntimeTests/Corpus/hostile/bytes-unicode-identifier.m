% expect: 
σ = 1
