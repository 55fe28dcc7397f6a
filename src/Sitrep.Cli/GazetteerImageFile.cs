using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Sitrep.Places;

namespace Sitrep.Cli;

/// <summary>
/// The gazetteer image file beside the CLI build (<c>artifacts/cli/gazetteer.img</c>, written by
/// <c>sitrep gazetteer image</c>, which <c>./sitrep</c> runs after every build). Mapping it read-only lets a
/// short run skip inflating and hashing the embedded gazetteer; the engine ignores an image made from other data.
/// </summary>
internal static partial class GazetteerImageFile
{
    private const int MadviseRandom = 1, MadviseNoHugePage = 15; // MADV_RANDOM, MADV_NOHUGEPAGE (Linux)
    private const int FadviseDontNeed = 4; // POSIX_FADV_DONTNEED (Linux)

    private static MemoryMappedFile? s_file; // kept for the life of the process: the engine reads the mapping
    private static MemoryMappedViewAccessor? s_view;

    /// <summary>Where the image is looked for: <c>SITREP_GAZETTEER_IMAGE</c>, else <c>gazetteer.img</c> beside the CLI.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("SITREP_GAZETTEER_IMAGE") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "gazetteer.img");

    /// <summary>Maps the image at <see cref="DefaultPath"/> for the engine when there is one; without it nothing changes.</summary>
    public static void MapIfPresent()
    {
        var path = DefaultPath;
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            s_file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            s_view = s_file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            var handle = s_view.SafeMemoryMappedViewHandle;
            if (OperatingSystem.IsLinux())
            {
                // Lookups hit the image at random: without this the kernel maps 64 KB around every touched page
                // (and reads ahead), or a whole 2 MB when the page cache holds the file in huge folios, so one
                // article would make a third to a half of the image resident. Advice only; a refusal changes
                // nothing but memory. The view starts page-aligned.
                var (address, length) = (handle.DangerousGetHandle(), (nuint)handle.ByteLength);
                _ = Madvise(address, length, MadviseRandom);
                _ = Madvise(address, length, MadviseNoHugePage);
            }

            GazetteerInfo.UseImage(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable or empty image only costs the faster start: the embedded data is inflated instead.
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int Fadvise(int fd, long offset, long length, int advice);

    /// <summary>Writes the image to <paramref name="path"/> through a temporary file, so a running process never maps a half-written one.</summary>
    public static void Write(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        {
            GazetteerInfo.WriteImage(file);
            if (OperatingSystem.IsLinux())
            {
                // Writing leaves the file in the page cache as large folios, and a fault maps a whole folio: a
                // one-article run would then hold 34 MB of the image instead of the few pages it reads (72 MB
                // peak instead of 105 MB measured). Written out and dropped, it is read back page by page.
                file.Flush(flushToDisk: true);
                _ = Fadvise(file.SafeFileHandle.DangerousGetHandle().ToInt32(), 0, 0, FadviseDontNeed);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
