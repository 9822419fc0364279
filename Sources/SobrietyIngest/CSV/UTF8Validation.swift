extension UnsafeRawBufferPointer {
    /// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or truncated sequences).
    var isValidUTF8: Bool {
        var iterator = makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
