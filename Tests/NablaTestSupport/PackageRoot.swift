import Foundation

/// The package's top folder (where Package.swift is), found from this file's place in it.
public let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
