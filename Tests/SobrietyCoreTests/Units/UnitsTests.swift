import SobrietyCore
import Testing

@Suite struct UnitsTests {
    @Test func factoriesDefineTheirConversions() {
        #expect(GramsCO2e.kilograms(2.5).grams == 2_500)
        #expect(GramsCO2e.tonnes(1).grams == 1_000_000)
        #expect(ByteCount.gigabytes(1).bytes == 1e9)
        #expect((GramsCO2e(grams: 2) + GramsCO2e(grams: 3)).grams == 5)
    }

    @Test func deviceMixesMustSumToOne() {
        #expect(DeviceMix([.mobile: 0.8, .desktop: 0.2]) != nil)
        #expect(DeviceMix([.mobile: 0.8, .desktop: 0.3]) == nil)
        #expect(DeviceMix([.mobile: 0.8, .desktop: 0.2])?.description == "mobile:0.8;desktop:0.2")
    }
}
