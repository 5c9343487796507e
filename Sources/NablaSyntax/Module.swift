// NablaSyntax
