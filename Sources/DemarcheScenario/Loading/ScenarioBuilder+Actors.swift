import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readActors(_ node: Node?) -> [Actor] {
        guard let node else { return [] }
        let entries = reader.entries(node, "actors")
        for (index, entry) in entries.enumerated() { actorIDs[entry.id] = index }
        return entries.compactMap { id, node, _ in
            let path = "actors.\(id)"
            guard let fields = reader.object(node, path, as: "actor") else { return nil }
            let kind = fields["kind"].flatMap { reader.choice($0, fields.path("kind"), Actor.Kind.allCases.map(\.rawValue)) }
            let name = fields["name"].flatMap { reader.text($0, fields.path("name")) } ?? id
            let defaults: [Actor.Attribute: Double] = [.alignment: 0.5, .dependence: 0, .opposition: 0]
            let attributes = Actor.Attribute.allCases.compactMap { attribute in
                parameter(fields, attribute.rawValue, default: defaults[attribute])
            }
            guard let kind, let actorKind = Actor.Kind(rawValue: kind), attributes.count == Actor.Attribute.allCases.count
            else { return nil }
            return Actor(id: id, name: name, kind: actorKind, attributes: attributes)
        }
    }

    func readRelations(_ node: Node?) -> [Relation] {
        guard let node else { return [] }
        return reader.list(node, "relations").enumerated().compactMap { position, item in
            let path = "relations.\(position)"
            guard let fields = reader.object(item, path, as: "relation") else { return nil }
            let from = fields["from"].flatMap { reader.reference($0, fields.path("from"), to: actorIDs, kind: "actor") }
            let to = fields["to"].flatMap { reader.reference($0, fields.path("to"), to: actorIDs, kind: "actor") }
            let kind = fields["kind"].flatMap { reader.choice($0, fields.path("kind"), Relation.Kind.allCases.map(\.rawValue)) }
            let weight = parameter(fields, "weight", default: 0.5)
            guard let from, let to, let kind, let relationKind = Relation.Kind(rawValue: kind), let weight else { return nil }
            return Relation(from: from, to: to, kind: relationKind, weight: weight)
        }
    }

    func readMarkets(_ node: Node?) -> [Market] {
        guard let node else { return [] }
        let entries = reader.entries(node, "markets")
        for (index, entry) in entries.enumerated() { marketIDs[entry.id] = index }
        marketNames = entries.map(\.id)
        marketVendors = entries.map { entry in
            guard case .mapping(let market) = entry.node, case .mapping(let shares)? = reader.value("shares", in: market)
            else { return [] }
            return shares.compactMap { key, _ in key.scalar?.string }
        }
        return entries.compactMap { id, node, _ in
            let path = "markets.\(id)"
            guard let fields = reader.object(node, path, as: "market") else { return nil }
            let country = fields["country"].flatMap { reader.reference($0, fields.path("country"), to: actorIDs, kind: "actor") }
            let sector = fields["sector"].flatMap { reader.text($0, fields.path("sector")) }
            guard let sharesNode = fields["shares"] else { return nil }
            let vendors = reader.entries(sharesNode, fields.path("shares"))
            let shares = vendors.compactMap { vendor, node, _ in
                parameter(node, "\(fields.path("shares")).\(vendor)", fields.constraint("shares"))
            }
            guard let country, let sector, shares.count == vendors.count, !vendors.isEmpty else {
                if vendors.isEmpty { reader.error(sharesNode, fields.path("shares"), "a market needs at least one vendor") }
                return nil
            }
            return Market(id: id, country: country, sector: sector, vendors: vendors.map(\.id), shares: shares)
        }
    }
}
