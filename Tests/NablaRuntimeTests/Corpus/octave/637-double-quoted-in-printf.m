printf("%s!\n", "done")
x = "tab"
