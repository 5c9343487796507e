// Everything starts on a thread with a large stack: see LargeStack.swift.
runOnLargeStack { NablaCommand.main() }
