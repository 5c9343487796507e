while false
