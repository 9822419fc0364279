// `import Sobriety` gives the whole library: the pure core and its edges (the NIO umbrella pattern).
@_exported public import SobrietyCore
@_exported public import SobrietyFactorStore
@_exported public import SobrietyIngest
@_exported public import SobrietyReports
