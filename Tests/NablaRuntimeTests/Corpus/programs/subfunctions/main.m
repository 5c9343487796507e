% subfunctions in a function file are visible only to that file
heights = [1.62 1.75 1.80 1.68 1.71];
weights = [55 72 80 63 70];
describe('height', heights)
describe('weight', weights)
exist('average')
exist('describe')
