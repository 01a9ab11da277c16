import Foundation

/// An inline SVG bar chart of Brier skill against each reference forecast,
/// one bar per resolution set; bars beyond the axis are cut, with their value.
struct SkillChart {
    let width = 640.0
    let labelWidth = 210.0
    let right = 70.0
    let top = 26.0
    let bar = 16.0
    let gap = 14.0
    let bottom = 30.0

    func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }

    func render(_ sets: [ScoreReport.ResolutionSet], label: String) -> String {
        let references = sets.first?.skills ?? []
        let values = sets.flatMap { $0.skills.map(\.brierSkill) }.filter(\.isFinite)
        let low = max(-2, min(-0.25, ((values.min() ?? 0) * 4).rounded(.down) / 4))
        let high = min(1, max(0.25, ((values.max() ?? 0) * 4).rounded(.up) / 4))
        let plotWidth = width - labelWidth - right
        func x(_ skill: Double) -> Double { labelWidth + plotWidth * (min(max(skill, low), high) - low) / (high - low) }
        let groupHeight = Double(sets.count) * (bar + 3) + gap
        let height = top + Double(references.count) * groupHeight + bottom
        var body = ""
        let step = high - low > 1.5 ? 0.5 : 0.25
        var tick = (low / step).rounded(.up) * step
        while tick <= high + 1e-9 {
            body += "<line class=\"grid\" x1=\"\(f(x(tick)))\" x2=\"\(f(x(tick)))\" y1=\"\(f(top - 6))\" y2=\"\(f(height - bottom))\"/>"
            body += "<text class=\"tick\" x=\"\(f(x(tick)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">"
                + (abs(tick) < 1e-9 ? "0" : ReportFormatting.text("%+g", tick)) + "</text>"
            tick += step
        }
        body += "<text class=\"tick\" x=\"\(f(width - right))\" y=\"\(f(height - 2))\" text-anchor=\"end\">Brier skill (1 − BS ÷ reference BS)</text>"
        for (setIndex, set) in sets.enumerated() where sets.count > 1 {
            let legendX = labelWidth + Double(setIndex) * 200
            body += "<rect class=\"skill set\(setIndex)\" x=\"\(f(legendX))\" y=\"4\" width=\"10\" height=\"10\"/>"
            body += "<text class=\"tick\" x=\"\(f(legendX + 14))\" y=\"13\">\(HTMLText.escape(set.resolution == .asResolved ? "as resolved" : "contested the other way"))</text>"
        }
        for (row, reference) in references.enumerated() {
            let groupTop = top + Double(row) * groupHeight
            body += "<text class=\"label\" x=\"\(f(labelWidth - 8))\" y=\"\(f(groupTop + Double(sets.count) * (bar + 3) / 2 + 3))\" "
                + "text-anchor=\"end\">\(HTMLText.escape(reference.label))</text>"
            for (setIndex, set) in sets.enumerated() {
                guard let skill = set.skill(reference.reference) else { continue }
                let y = groupTop + Double(setIndex) * (bar + 3)
                let from = min(x(0), x(skill.brierSkill))
                let to = max(x(0), x(skill.brierSkill))
                let cut = skill.brierSkill < low || skill.brierSkill > high
                body += "<rect class=\"skill set\(setIndex)\" x=\"\(f(from))\" y=\"\(f(y))\" width=\"\(f(max(to - from, 1)))\" height=\"\(f(bar))\">"
                    + "<title>\(HTMLText.escape(set.resolution.rawValue)): \(ScoreReport.signed(skill.brierSkill))</title></rect>"
                let text = (cut ? "◂ " : "") + ScoreReport.signed(skill.brierSkill)
                let (textX, anchor, style) = skill.brierSkill >= 0 ? (to + 4, "start", "value")
                    : from - 48 >= labelWidth ? (from - 4, "end", "value") : (from + 4, "start", "value inside")
                body += "<text class=\"\(style)\" x=\"\(f(textX))\" y=\"\(f(y + bar - 4))\" text-anchor=\"\(anchor)\">\(text)</text>"
            }
        }
        body += "<line class=\"axis\" x1=\"\(f(x(0)))\" x2=\"\(f(x(0)))\" y1=\"\(f(top - 6))\" y2=\"\(f(height - bottom))\"/>"
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\(body)</svg>"
    }
}
