extension ReferenceClass {
    /// The same class with only the cases `isIncluded` keeps (a backtest's
    /// training set); the counts of the file's rows are unchanged.
    public func restricted(to isIncluded: (Case) -> Bool) -> ReferenceClass {
        ReferenceClass(
            file: file, sha256: sha256, casesFile: casesFile, casesSHA256: casesSHA256, name: name, description: description,
            citation: citation, published: published, rowCount: rowCount, selectedCount: selectedCount, causes: causes,
            compliance: compliance, covariates: covariates, checkpoints: checkpoints, forms: forms, coarseRule: coarseRule,
            cases: cases.filter(isIncluded), exclusions: exclusions)
    }
}
