import DemarcheKernel
import DemarcheModel
import Foundation
import Yams

/// The as-of discipline: a scenario is a forecast as of its `as_of` date and
/// may cite only what was public by then. Sources are declared once, dated,
/// in `sources:`; every `source:` annotation is read with ``SourceGrammar``
/// and checked here, and every number the file gives is recorded in the
/// model's ``Provenance``, with a warning when it names no source.
extension ScenarioBuilder {
    static let noSourceWarning = "no source; name one or write source: assumption"

    /// The `sources:` section. A source published after `as_of` is refused
    /// (and kept, so that its citations do not also read as unknown ids).
    func readSources(_ node: Node?) {
        guard let node else { return }
        hasSourcesSection = true
        for (id, item, keyNode) in reader.entries(node, "sources") {
            let path = "sources.\(id)"
            guard id != "assumption" else {
                reader.error(keyNode, path, "'assumption' is a word of the source grammar, not a source id")
                continue
            }
            guard let fields = reader.object(item, path, as: "declared_source") else { continue }
            let published = fields["published"].flatMap { reader.date($0, fields.path("published")) }
            let citation = fields["citation"].flatMap { reader.text($0, fields.path("citation")) }
            let url = fields["url"].flatMap { reader.text($0, fields.path("url")) }
            if let published, let asOf, published > asOf {
                reader.error(fields.values["published"], fields.path("published"),
                             "published \(published), after as_of (\(asOf)): a forecast as of \(asOf) cannot use it")
            }
            guard let published, let citation else { continue }
            declaredSources.insert(id)
            provenance.sources.append(Provenance.Source(id: id, published: published, citation: citation, url: url))
        }
    }

    /// Records where the number or fact at `path` comes from; a number
    /// (parameter or waiting time) with no source is warned about.
    func record(_ path: String, _ kind: Provenance.Entry.Kind, _ source: Attribution?, at node: Node) {
        provenance.entries.append(Provenance.Entry(path: path, kind: kind, source: source))
        if source == nil, kind != .fact { reader.warning(node, path, Self.noSourceWarning) }
    }

    /// A `source:` annotation, parsed and checked: every id declared, every
    /// reference class loaded and no later than `as_of`. Nil (reported) if
    /// anything is wrong.
    func attribution(_ node: Node, _ path: String) -> Attribution? {
        guard let text = reader.text(node, path) else { return nil }
        let terms: [SourceGrammar.Term]
        switch SourceGrammar.terms(text) {
        case .success(let parsed): terms = parsed
        case .failure(let error):
            reader.error(node, path, "in source '\(text)': \(error.message)")
            return nil
        }
        let items = terms.compactMap { term in resolve(term.head, node, path).map { Attribution.Cited($0, note: term.note) } }
        return items.count == terms.count ? Attribution(text: text, items: items) : nil
    }

    private func resolve(_ head: SourceGrammar.Head, _ node: Node, _ path: String) -> Attribution.Item? {
        switch head {
        case .assumption: return .assumption
        case .id(let id):
            guard declaredSources.contains(id) else {
                let fix = hasSourcesSection ? "declare it under 'sources:'"
                    : "this file has no 'sources:' section: declare it there (published date, citation)"
                reader.error(node, path, "unknown source '\(id)'"
                             + DidYouMean.hint(for: id, among: declaredSources.sorted() + ["assumption"])
                             + "; \(fix), or write 'assumption (\(id))'")
                return nil
            }
            return .source(id)
        case .reference(let file, let cause):
            guard let reference = referenceClass(file, node, path) else { return nil }
            guard reference.causes.contains(cause) else {
                reader.error(node, path, "reference class '\(file)' has no cause '\(cause)'"
                             + DidYouMean.hint(for: cause, among: reference.causes)
                             + " (its causes: \(reference.causes.joined(separator: ", ")))")
                return nil
            }
            return .reference(file: file, cause: cause)
        }
    }

    /// The reference class at `file` (relative to the scenario file), loaded
    /// once; nil, reported at its first citation, if it does not load or
    /// uses anything public after `as_of`: its publication, or a selected
    /// case that began, ended or was last seen later.
    private func referenceClass(_ file: String, _ node: Node, _ path: String) -> ReferenceClass? {
        let directory = (reader.file as NSString).deletingLastPathComponent
        let resolved = file.hasPrefix("/") || directory.isEmpty ? file : (directory as NSString).appendingPathComponent(file)
        if let known = references[resolved] { return known }
        references[resolved] = .some(nil)
        let reference: ReferenceClass
        do {
            reference = try ReferenceLoader.load(contentsOf: resolved)
        } catch {
            reader.error(node, path, "reference class '\(file)' does not load:\n" + error.description)
            return nil
        }
        if let asOf {
            if reference.published > asOf {
                reader.error(node, path, "reference class '\(file)' was published on \(reference.published), after as_of (\(asOf))")
                return nil
            }
            let late = reference.cases.filter { $0.lastDay > asOf.dayNumber }
            if let first = late.first {
                reader.error(node, path, "reference class '\(file)' has \(late.count) selected case\(late.count == 1 ? "" : "s") "
                             + "not over by as_of (\(asOf)); the first, '\(first.id)' (line \(first.line) of "
                             + "\((reference.casesFile as NSString).lastPathComponent)), ended or was last seen as late as "
                             + "\(CalendarDate(dayNumber: first.lastDay)): select only cases over by then")
                return nil
            }
        }
        references[resolved] = reference
        provenance.sources.append(Provenance.Source(
            id: Provenance.Source.referenceID(file), published: reference.published, citation: reference.citation, url: nil))
        return reference
    }
}
