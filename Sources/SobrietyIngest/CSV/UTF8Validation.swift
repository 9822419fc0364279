extension UnsafeRawBufferPointer {
    /// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or truncated sequences).
    var isValidUTF8: Bool { firstInvalidUTF8Offset == nil }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or `nil` when all do.
    var firstInvalidUTF8Offset: Int? {
        var iterator = makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
