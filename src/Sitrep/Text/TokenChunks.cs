using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Sitrep.Text;

/// <summary>
/// Tokens collected in fixed chunks small enough to stay off the large object heap, then copied once into an
/// array of the exact size (see <see cref="Tokenizer.Tokenize"/>).
/// </summary>
internal sealed class TokenChunks
{
    // 4,096 tokens of 12 bytes: under the 85,000-byte large object threshold.
    private const int ChunkSize = 4096;

    private readonly List<Token[]> _full = [];
    private Token[] _current = new Token[ChunkSize];
    private int _count;

    /// <summary>The last token added, if any.</summary>
    public Token? Last => _count > 0 ? _current[_count - 1] : _full.Count > 0 ? _full[^1][ChunkSize - 1] : null;

    public void Add(Token token)
    {
        if (_count == ChunkSize)
        {
            _full.Add(_current);
            (_current, _count) = (new Token[ChunkSize], 0);
        }

        _current[_count++] = token;
    }

    public ImmutableArray<Token> ToImmutable()
    {
        var all = new Token[(_full.Count * ChunkSize) + _count];
        for (var c = 0; c < _full.Count; c++)
        {
            _full[c].CopyTo(all, c * ChunkSize);
        }

        Array.Copy(_current, 0, all, _full.Count * ChunkSize, _count);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }
}
