extension ReplicationPlan {
    /// Paths of the parameters drawn in every replication (those given as
    /// distributions), in table order: the inputs of a drivers analysis.
    public var drawnPaths: [String] { drawnParameters.map { model.parameters.entries[Int($0)].path } }
}

extension Replication {
    /// What the last run drew for the `position`-th drawn parameter
    /// (``ReplicationPlan/drawnPaths`` order).
    public func drawnValue(_ position: Int) -> Double { values[Int(plan.drawnParameters[position])] }
}
