import Testing
import NablaRuntime
import NablaTestSupport

/// Warnings about NaN and Inf are opt-in (Octave 7 prints none), say what happened once per
/// input, and go to the error stream so displayed results stay exactly Octave's.
@Suite("Numeric warnings are honest, rare and opt-in")
struct NumericHonestyTests {
    @Test func divisionByZeroIsSilentByDefault() {
        let r = run("x = 1 / 0")
        #expect(r.output == "x = Inf\n")
        #expect(r.errors == "")
    }

    @Test func optInWarnsOncePerInput() {
        let r = run("warning('on', 'Octave:divide-by-zero');\nfor k = 1:100\n  x = k / 0;\nend\ny = 0 ./ [0 0]")
        #expect(r.errors == "warning: division by zero\n")
        #expect(r.output.contains("NaN"))
    }

    @Test func turningItOffAgainSilencesIt() {
        let r = run("warning('on', 'Nabla:non-finite'); warning('off', 'Nabla:non-finite'); x = log(0);")
        #expect(r.errors == "")
    }

    @Test func nonFiniteInputsDoNotWarn() {
        // NaN in, NaN out is not news: only finite operands turning non-finite are reported.
        let r = run("warning('on', 'Nabla:non-finite'); x = [NaN Inf] + 1;")
        #expect(r.errors == "")
    }

    @Test func singularPowerWarnsLikeOctave() {
        let r = run("x = zeros(2)^-1;")
        #expect(r.errors == "warning: inverse: matrix singular to machine precision, rcond = 0\n")
    }

    @Test func gradcheckExplainsADisagreement() {
        let r = run("W = [0 1 2];\ngradcheck(sum(max(W, 1)), W)")
        #expect(r.output.contains("DISAGREES"))
        #expect(r.output.contains("largest difference at W(2)"))
    }

    @Test func gradcheckDoesNotCallInfiniteGradientsAgreement() {
        let r = run("W = [0 1];\ngradcheck(sum(log(W)), W)")
        #expect(r.output.contains("DISAGREES"))
        #expect(r.output.contains("NaN or Inf"))
    }
}
