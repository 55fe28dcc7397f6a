using System.Text;

namespace Sitrep.Corpus.Store.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query: every word must match (AND), <c>"quoted phrases"</c> stay
/// phrases, and FTS5 operators or punctuation in the input are treated as plain text, never syntax.
/// </summary>
internal static class FtsQuery
{
    public static string? From(string input)
    {
        var terms = new List<string>();
        var parts = (input ?? "").Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var inPhrase = i % 2 == 1;
            var words = Words(parts[i]);
            if (inPhrase && words.Count > 0)
            {
                terms.Add("\"" + string.Join(' ', words) + "\"");
            }
            else
            {
                terms.AddRange(words.Select(w => "\"" + w + "\""));
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
