for 1:3
end
