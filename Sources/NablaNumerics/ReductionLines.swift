/// The one-dimensional slices ("lines") that a reduction, cumulative operation or sort
/// along dimension `dim` walks over, in column-major storage.
///
/// Dimension 1 runs down each column, dimension 2 along each row, and any higher
/// dimension (Octave accepts `sum(x, 3)`) sees every element as a line of length 1,
/// because a Nabla matrix is an array whose third and later dimensions are singleton.
/// Line `k` of the result lands at linear index `k` of the reduced matrix, so callers
/// can fill their output in one pass.
struct ReductionLines {
    /// How many lines there are.
    let count: Int
    /// How many elements each line has.
    let length: Int
    /// Distance in `elements` between consecutive entries of a line.
    let stride: Int
    private let startStep: Int
    let shape: Shape
    let dim: Int

    /// `dim` below 1 is treated as 1: callers validate user-given dimensions first
    /// (see `Matrix.validDimension`), so this only guards against a crash.
    init(_ shape: Shape, dim: Int) {
        self.shape = shape
        self.dim = Swift.max(dim, 1)
        switch self.dim {
        case 1:
            count = shape.cols; length = shape.rows; stride = 1; startStep = shape.rows
        case 2:
            count = shape.rows; length = shape.cols; stride = shape.rows; startStep = 1
        default:
            count = shape.rows * shape.cols; length = 1; stride = 1; startStep = 1
        }
    }

    /// Linear index of the first element of line `k`.
    func start(_ k: Int) -> Int { k * startStep }

    /// Linear index of element `i` of line `k`.
    func index(_ k: Int, _ i: Int) -> Int { k * startStep + i * stride }

    /// The input shape with the reduced dimension replaced by `size`.
    func shape(reducedTo size: Int) -> Shape {
        switch dim {
        case 1: return Shape(size, shape.cols)
        case 2: return Shape(shape.rows, size)
        default: return shape
        }
    }
}

extension Shape {
    /// Octave's builtin reductions (`sum`, `prod`, `any`, `all`) treat a 0×0 array as
    /// 0×1, which is why `sum([])` is the scalar 0 and `sum([], 2)` is 0×1.
    var treatingEmptyAsColumn: Shape {
        rows == 0 && cols == 0 ? Shape(0, 1) : self
    }

    /// The length of dimension `dim` (1 rows, 2 columns, 1 for any higher dimension).
    func size(along dim: Int) -> Int {
        switch dim {
        case ...1: return rows
        case 2: return cols
        default: return 1
        }
    }
}
