import Crypto
import SobrietyCore

extension FactorSet {
    /// SHA-256 of ``FactorSet/canonicalContent``, as lowercase hexadecimal.
    var contentDigest: String {
        SHA256.hash(data: Array(canonicalContent.utf8)).map(Self.hex).joined()
    }

    /// The same content, with an identity whose digest is computed from that content.
    func withComputedDigest() -> FactorSet {
        FactorSet(
            identity: FactorSetIdentity(name: identity.name, version: identity.version, sha256: contentDigest),
            factors: factors,
            sources: Array(sources.values),
            platforms: Array(platforms.values),
            countries: Array(countries.values)
        )
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
