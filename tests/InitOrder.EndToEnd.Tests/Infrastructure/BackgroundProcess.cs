using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A child process that keeps running (such as `dotnet watch`) while a test reads its output line by line.
/// Dispose kills the whole process tree, so a test that fails half-way leaves nothing behind.
/// </summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = new();
    private int _nextLine;

    public BackgroundProcess(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var startInfo = ProcessRunner.CreateStartInfo(fileName, arguments, workingDirectory, environment);
        // Nothing is ever typed; an open, redirected stdin keeps the child from reading the test host's console.
        startInfo.RedirectStandardInput = true;
        CommandLine = ProcessRunner.CommandLine(startInfo);
        _process = new Process { StartInfo = startInfo };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string CommandLine { get; }

    /// <summary>Waits for the next line (after the last one this method returned) that contains <paramref name="text"/>.</summary>
    public string WaitForLine(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_lines)
        {
            while (true)
            {
                for (; _nextLine < _lines.Count; _nextLine++)
                {
                    if (_lines[_nextLine].Contains(text, StringComparison.Ordinal))
                    {
                        return _lines[_nextLine++];
                    }
                }

                var left = deadline - DateTime.UtcNow;
                // Once the process is gone only its last buffered lines can still arrive.
                var wait = _process.HasExited ? TimeSpan.FromSeconds(2) : left;
                if (left <= TimeSpan.Zero || (!Monitor.Wait(_lines, wait) && _process.HasExited))
                {
                    throw new TimeoutException($"No line containing '{text}' within {timeout.TotalSeconds:0} s (exited: {_process.HasExited})\n> {CommandLine}\n{Output}");
                }
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join("\n", _lines);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            Monitor.PulseAll(_lines);
        }
    }
}
