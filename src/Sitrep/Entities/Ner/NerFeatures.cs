using System.Runtime.CompilerServices;
using Sitrep.Text;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Feature extraction for the NER model: token hashes are computed once per sentence, then each
/// position yields <see cref="Count"/> hashed features (words in a ±2 window, shapes, affixes,
/// gazetteer bits, the two previous labels and what the document tagged this word earlier).
/// One instance is scratch space for one thread.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>Version of the feature templates; a model trained with another version is refused.</summary>
    public const int Version = 2;

    /// <summary>Features per position.</summary>
    public const int Count = 30;

    private const ulong Bos = 0x5bd1e995UL, Eos = 0x1b873593UL;

    private ulong[] _lower = new ulong[64], _word = new ulong[64], _shape = new ulong[64];
    private ulong[] _suffix2 = new ulong[64], _suffix3 = new ulong[64], _suffix4 = new ulong[64], _prefix3 = new ulong[64];
    private int[] _gazetteer = new int[64];
    private bool[] _capitalized = new bool[64];
    private int _length;

    /// <summary>The lower-case hash of token <paramref name="i"/> of the prepared sentence.</summary>
    public ulong LowerHash(int i) => _lower[i];

    /// <summary>True when token <paramref name="i"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int i) => _capitalized[i];

    /// <summary>Computes the token hashes of one sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: skip tier-0 code
    public void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens)
    {
        _length = tokens.Length;
        if (_lower.Length < _length)
        {
            var size = Math.Max(_length, _lower.Length * 2);
            (_lower, _word, _shape) = (new ulong[size], new ulong[size], new ulong[size]);
            (_suffix2, _suffix3, _suffix4, _prefix3) = (new ulong[size], new ulong[size], new ulong[size], new ulong[size]);
            (_gazetteer, _capitalized) = (new int[size], new bool[size]);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            _lower[i] = StableHash.OfLower(word);
            _word[i] = StableHash.Of(word);
            _shape[i] = Shape(word);
            _suffix2[i] = StableHash.OfLower(word[Math.Max(0, word.Length - 2)..]);
            _suffix3[i] = StableHash.OfLower(word[Math.Max(0, word.Length - 3)..]);
            _suffix4[i] = StableHash.OfLower(word[Math.Max(0, word.Length - 4)..]);
            _prefix3[i] = StableHash.OfLower(word[..Math.Min(3, word.Length)]);
            _gazetteer[i] = NerGazetteer.Of(word);
            _capitalized[i] = word.Length > 0 && char.IsUpper(word[0]);
        }
    }

    /// <summary>Writes the features of position <paramref name="i"/> into <paramref name="output"/> (length <see cref="Count"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: skip tier-0 code
    public void Extract(int i, int previous, int previous2, int remembered, Span<ulong> output)
    {
        var lower = _lower[i];
        var shape = _shape[i];
        var lowerM1 = i > 0 ? _lower[i - 1] : Bos;
        var lowerM2 = i > 1 ? _lower[i - 2] : Bos;
        var lowerP1 = i + 1 < _length ? _lower[i + 1] : Eos;
        var lowerP2 = i + 2 < _length ? _lower[i + 2] : Eos;
        var shapeM1 = i > 0 ? _shape[i - 1] : Bos;
        var shapeP1 = i + 1 < _length ? _shape[i + 1] : Eos;
        var gazetteer = (ulong)_gazetteer[i];
        var gazetteerM1 = i > 0 ? (ulong)_gazetteer[i - 1] : Bos;
        var gazetteerP1 = i + 1 < _length ? (ulong)_gazetteer[i + 1] : Eos;
        var prev = (ulong)previous;
        output[0] = StableHash.Feature(1, 0);
        output[1] = StableHash.Feature(2, lower);
        output[2] = StableHash.Feature(3, _word[i]);
        output[3] = StableHash.Feature(4, lowerM1);
        output[4] = StableHash.Feature(5, lowerP1);
        output[5] = StableHash.Feature(6, lowerM2);
        output[6] = StableHash.Feature(7, lowerP2);
        output[7] = StableHash.Feature(8, shape);
        output[8] = StableHash.Feature(9, shapeM1, shape);
        output[9] = StableHash.Feature(10, shape, shapeP1);
        output[10] = StableHash.Feature(11, _suffix3[i]);
        output[11] = StableHash.Feature(12, _suffix2[i]);
        output[12] = StableHash.Feature(13, _prefix3[i]);
        output[13] = StableHash.Feature(14, lowerM1, lower);
        output[14] = StableHash.Feature(15, lower, lowerP1);
        output[15] = StableHash.Feature(16, prev);
        output[16] = StableHash.Feature(17, prev, (ulong)previous2);
        output[17] = StableHash.Feature(18, prev, lower);
        output[18] = StableHash.Feature(19, prev, shape);
        output[19] = StableHash.Feature(20, gazetteer);
        output[20] = StableHash.Feature(21, gazetteerM1);
        output[21] = StableHash.Feature(22, gazetteerP1);
        output[22] = StableHash.Feature(23, i == 0 ? 1UL : 0UL, shape);
        output[23] = StableHash.Feature(24, (ulong)remembered);
        output[24] = StableHash.Feature(25, (ulong)remembered, shape);
        output[25] = StableHash.Feature(26, gazetteer, shape);
        output[26] = StableHash.Feature(27, _suffix4[i]);
        output[27] = StableHash.Feature(28, lowerM1, shape);
        output[28] = StableHash.Feature(29, shape, lowerP1);
        output[29] = StableHash.Feature(30, prev, gazetteer);
    }

    /// <summary>Word shape with runs longer than two collapsed: "Zelenskyy" -> Xxx, "U.S." -> X.X., "2026" -> dd.</summary>
    private static ulong Shape(ReadOnlySpan<char> word)
    {
        var hash = StableHash.Start;
        char last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                hash = StableHash.Add(hash, s);
            }
        }

        return hash;
    }
}
