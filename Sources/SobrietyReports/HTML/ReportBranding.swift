public import Foundation

/// Who the report is from and for, and how it looks: agency and client names, a logo and an accent colour.
public struct ReportBranding: Sendable, Hashable {
    /// The agency that prepared the report, or `nil`.
    public var agency: String?
    /// The client it is prepared for, or `nil`.
    public var client: String?
    /// The agency's logo, or `nil`.
    public var logo: ReportLogo?
    /// The colour of headings' rules, key figures and chart bars.
    public var accent: AccentColour

    /// Creates a branding; without arguments, the neutral default look.
    public init(agency: String? = nil, client: String? = nil, logo: ReportLogo? = nil, accent: AccentColour = .standard)
    {
        self.agency = agency
        self.client = client
        self.logo = logo
        self.accent = accent
    }
}

/// A CSS hex colour, `#rgb` or `#rrggbb`, kept in lowercase.
public struct AccentColour: Sendable, Hashable, CustomStringConvertible {
    /// The report's own green.
    public static let standard = AccentColour(validated: "#0a7d5a")

    /// The colour as `#rrggbb` or `#rgb`, lowercase.
    public let hex: String

    /// Reads a colour written as `#rgb` or `#rrggbb`.
    ///
    /// - Throws: ``BrandingError/invalidAccent(_:)`` for anything else.
    public init(_ text: String) throws(BrandingError) {
        let digits = text.dropFirst()
        guard text.hasPrefix("#"), [3, 6].contains(digits.count), digits.allSatisfy(\.isHexDigit) else {
            throw .invalidAccent(text)
        }
        self.init(validated: text.lowercased())
    }

    private init(validated hex: String) { self.hex = hex }

    /// The colour as CSS writes it.
    public var description: String { hex }
}

/// A logo embedded in the report as a `data:` URI: a PNG, JPEG or SVG image of at most ``maximumBytes``.
///
/// The report shows it only through `<img src="data:…">`, where an SVG's scripts never run.
public struct ReportLogo: Sendable, Hashable {
    /// The largest logo accepted, in bytes (512 KiB): enough for a crisp logo, small enough for e-mail.
    public static let maximumBytes = 512 * 1024

    /// The image's media type: `image/png`, `image/jpeg` or `image/svg+xml`.
    public let mediaType: String
    /// The image's bytes.
    public let data: Data

    /// Reads a logo from the bytes of an image file, telling its type from its content.
    ///
    /// - Throws: ``BrandingError/logoTooLarge(bytes:limit:)`` above the size limit, or
    ///   ``BrandingError/unsupportedLogo`` when the bytes are not a PNG, JPEG or SVG image.
    public init(data: Data) throws(BrandingError) {
        guard data.count <= Self.maximumBytes else {
            throw .logoTooLarge(bytes: data.count, limit: Self.maximumBytes)
        }
        guard let mediaType = ImageKind.mediaType(of: data) else { throw .unsupportedLogo }
        self.mediaType = mediaType
        self.data = data
    }

    /// The image as a `data:` URI.
    var dataURI: String { "data:\(mediaType);base64,\(data.base64EncodedString())" }
}

/// Tells an image's type from its first bytes.
private enum ImageKind {
    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    private static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]
    /// How far into a file the `<svg` tag of an SVG image is looked for (after an XML declaration and comments).
    private static let svgTagSearchBytes = 4_096

    static func mediaType(of data: Data) -> String? {
        if data.starts(with: pngSignature) { return "image/png" }
        if data.starts(with: jpegSignature) { return "image/jpeg" }
        let head = String(decoding: data.prefix(svgTagSearchBytes), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<"), head.contains("<svg") { return "image/svg+xml" }
        return nil
    }
}

/// A branding value the report cannot use.
public enum BrandingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The accent is not a `#rgb` or `#rrggbb` colour.
    case invalidAccent(String)
    /// The logo file is larger than the limit.
    case logoTooLarge(bytes: Int, limit: Int)
    /// The logo is not a PNG, JPEG or SVG image.
    case unsupportedLogo

    /// The problem and what is expected instead.
    public var description: String {
        switch self {
        case .invalidAccent(let text):
            "accent \"\(text)\" is not a hex colour; expected #rgb or #rrggbb, such as #0a7d5a"
        case .logoTooLarge(let bytes, let limit):
            "the logo has \(bytes) bytes; the limit is \(limit) bytes (\(limit / 1024) KiB): use a smaller image"
        case .unsupportedLogo:
            "the logo is not a PNG, JPEG or SVG image"
        }
    }
}
