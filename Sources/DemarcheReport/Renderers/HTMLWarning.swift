/// A warning a reader of an HTML page must not miss (a run that stopped
/// short of its precision, Sobol intervals too wide to rank factors): a
/// boxed paragraph in the warning colour.
enum HTMLWarning {
    /// `<p class="warn">Warning: …</p>`, the text escaped.
    static func paragraph(_ text: String) -> String {
        "<p class=\"warn\" role=\"note\"><b>Warning:</b> \(HTMLText.escape(text))</p>"
    }

    static let style = ".warn{background:#fff4e5;border:1px solid #e8a33d;border-left:4px solid #d9822b;border-radius:6px;"
        + "padding:8px 12px;margin:12px 0;color:#5a3a08}"
}
