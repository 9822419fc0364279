import SobrietyCore
import Testing

@Suite struct WasteWaterfallTests {
    @Test func eachRateAppliesToWhatTheCausesBeforeItLeft() {
        let waterfall = WasteWaterfall(
            impressions: 10_000,
            invalidTrafficRate: 0.1,
            madeForAdvertisingRate: 0.1,
            viewabilityRate: 0.5,
            onTargetRate: 0.8,
            reach: 1_000,
            frequencyCap: 2
        )
        // 1,000 IVT → 9,000; 900 MFA → 8,100; 4,050 non-viewable → 4,050; 810 off target → 3,240;
        // excess: 3,240 × (1 − 2 × 1,000 / 10,000) = 2,592 → 648 useful.
        for (actual, expected) in zip(waterfall.impressionsByCause, [1_000.0, 900, 4_050, 810, 2_592]) {
            #expect(abs(actual - expected) < 1e-9)
        }
        #expect(abs(waterfall.usefulImpressions - 648) < 1e-9)
    }

    @Test func withoutReachThereIsNoExcessFrequency() {
        let waterfall = WasteWaterfall(
            impressions: 100,
            invalidTrafficRate: 0,
            madeForAdvertisingRate: 0,
            viewabilityRate: 1,
            onTargetRate: 1,
            reach: nil,
            frequencyCap: 1
        )
        #expect(waterfall.impressions(for: .excessFrequency) == 0)
        #expect(waterfall.usefulImpressions == 100)
    }

    @Test func aGenerousCapWastesNothing() {
        let waterfall = WasteWaterfall(
            impressions: 100,
            invalidTrafficRate: 0,
            madeForAdvertisingRate: 0,
            viewabilityRate: 1,
            onTargetRate: 1,
            reach: 50,
            frequencyCap: 10
        )
        #expect(waterfall.impressions(for: .excessFrequency) == 0)
    }
}
